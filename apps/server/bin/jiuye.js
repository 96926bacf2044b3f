#!/usr/bin/env node
// Launcher for the `jiuye` CLI. The sources are TypeScript run by Node's type stripping,
// which needs Node 22.18 or later; the project pins Node 24 (the `node` devDependency).
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `jiuye needs Node 22.18+ (this is ${process.versions.node}). Run it through npm (npx jiuye …), which uses the project's Node 24.`,
  );
  process.exit(1);
}
await import("../src/cli/main.ts");
