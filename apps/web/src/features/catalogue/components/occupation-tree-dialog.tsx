import type { occupationSchema } from "@jiuye/contract/catalogue";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Modal, Spin, Tree, type TreeDataNode } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { getOccupationChildrenQueryOptions } from "../api/get-occupations.ts";

type Occupation = z.infer<typeof occupationSchema>;

interface OccupationNode extends TreeDataNode {
  key: string;
  name: string;
  children?: OccupationNode[];
}

function toNode(occupation: Occupation): OccupationNode {
  return {
    key: occupation.code,
    name: occupation.name,
    title: `${occupation.code} ${occupation.name}`,
    isLeaf: occupation.level >= 4,
  };
}

function withChildren(nodes: OccupationNode[], key: string, children: OccupationNode[]): OccupationNode[] {
  return nodes.map((node) =>
    node.key === key
      ? { ...node, children }
      : node.children
        ? { ...node, children: withChildren(node.children, key, children) }
        : node,
  );
}

interface OccupationTreeDialogProps {
  open: boolean;
  onClose: () => void;
  onPick: (occupation: { code: string; name: string }) => void;
}

/** The 大典's tree, loaded a level at a time as it is opened; any level can be picked. */
export function OccupationTreeDialog({ open, onClose, onPick }: OccupationTreeDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const top = useQuery({ ...getOccupationChildrenQueryOptions(), enabled: open });
  const [nodes, setNodes] = useState<OccupationNode[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    if (top.data) setNodes(top.data.items.map(toNode));
  }, [top.data]);

  async function loadChildren(node: OccupationNode) {
    if (node.children) return;
    try {
      const { items } = await queryClient.fetchQuery(getOccupationChildrenQueryOptions(node.key));
      setNodes((current) => withChildren(current, node.key, items.map(toNode)));
    } catch (error) {
      setLoadError(error);
    }
  }

  const problem = top.error ?? loadError;
  return (
    <Modal title={t("postingForm.browseTitle")} open={open} onCancel={onClose} footer={null} width={640}>
      {problem instanceof Error && <Alert type="error" showIcon title={problem.message} />}
      {top.isPending ? (
        <Spin />
      ) : (
        <Tree<OccupationNode>
          treeData={nodes}
          loadData={loadChildren}
          height={480}
          onSelect={(_, { node }) => onPick({ code: node.key, name: node.name })}
        />
      )}
    </Modal>
  );
}
