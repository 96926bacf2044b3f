import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The shared vendor chunk (react-dom, react-router, zod from the contract, i18next) is ~630 kB before gzip
    // and the lazily loaded ECharts chunk ~490 kB; anything past 800 kB would be a regression worth a warning.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
    },
  },
});
