import type { Region } from "@jiuye/contract/regions";
import { useQueryClient } from "@tanstack/react-query";
import { App, Spin, Tree } from "antd";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { getRegionChildrenQueryOptions, useRegionChildren } from "../api/get-regions.ts";

interface RegionNode {
  key: string;
  title: string;
  isLeaf: boolean;
  children?: RegionNode[];
}

function toNode(region: Region): RegionNode {
  return { key: region.code, title: region.name, isLeaf: region.childCount === 0 };
}

function withChildren(nodes: RegionNode[], key: string, children: RegionNode[]): RegionNode[] {
  return nodes.map((node) => {
    if (node.key === key) return { ...node, children };
    if (node.children) return { ...node, children: withChildren(node.children, key, children) };
    return node;
  });
}

/** Browses regions level by level, loading each node's children when it is opened. */
export function RegionTree({ onSelect }: { onSelect: (code: string) => void }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const top = useRegionChildren();
  const [nodes, setNodes] = useState<RegionNode[]>([]);

  useEffect(() => {
    if (top.data) setNodes(top.data.items.map(toNode));
  }, [top.data]);

  async function loadChildren(key: string) {
    try {
      const { items } = await queryClient.fetchQuery(getRegionChildrenQueryOptions(key));
      setNodes((current) => withChildren(current, key, items.map(toNode)));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  }

  if (top.isPending) return <Spin />;
  if (top.isError) return <ErrorAlert error={top.error} onRetry={() => void top.refetch()} />;
  return (
    <Tree<RegionNode>
      treeData={nodes}
      loadData={(node) => loadChildren(node.key)}
      onSelect={(keys) => {
        const [code] = keys;
        if (code !== undefined) onSelect(String(code));
      }}
      blockNode
    />
  );
}
