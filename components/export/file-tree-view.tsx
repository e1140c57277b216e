"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { buildTree, type TreeNode } from "./file-tree";
import styles from "./export-dialog.module.css";

export interface FileTreeViewProps {
  paths: string[];
  selected: string | null;
  onSelect: (path: string) => void;
}

function Node({ node, selected, onSelect }: { node: TreeNode } & Omit<FileTreeViewProps, "paths">) {
  if (node.children) {
    return (
      <li role="treeitem" aria-expanded="true" aria-selected="false">
        <span className={styles.folder}>{node.name}/</span>
        <ul role="group">
          {node.children.map((c) => (
            <Node key={c.path} node={c} selected={selected} onSelect={onSelect} />
          ))}
        </ul>
      </li>
    );
  }
  return (
    <li role="treeitem" aria-selected={selected === node.path}>
      <button
        type="button"
        className={selected === node.path ? `${styles.file} ${styles.fileSelected}` : styles.file}
        onClick={() => onSelect(node.path)}
        title={node.path}
      >
        {node.name}
      </button>
    </li>
  );
}

/** The bundle's files as a folder tree; clicking a file previews it. */
export function FileTreeView({ paths, selected, onSelect }: FileTreeViewProps) {
  const t = useTranslations("export");
  const tree = useMemo(() => buildTree(paths), [paths]);
  return (
    <ul className={styles.tree} role="tree" aria-label={t("files")}>
      {tree.map((n) => (
        <Node key={n.path} node={n} selected={selected} onSelect={onSelect} />
      ))}
    </ul>
  );
}
