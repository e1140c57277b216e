/** The bundle's paths as a folder tree (folders first, then files, each sorted by name) for the dialog. */
export interface TreeNode {
  name: string;
  /** Full path of a file; the folder's path (ending with "/") for a folder. */
  path: string;
  children?: TreeNode[];
}

export function buildTree(paths: string[]): TreeNode[] {
  const root: TreeNode = { name: "", path: "", children: [] };
  for (const path of paths) {
    const parts = path.split("/");
    let node = root;
    parts.forEach((part, i) => {
      const leaf = i === parts.length - 1;
      const childPath = leaf ? path : `${parts.slice(0, i + 1).join("/")}/`;
      let child = node.children!.find((c) => c.path === childPath);
      if (!child) {
        child = leaf ? { name: part, path: childPath } : { name: part, path: childPath, children: [] };
        node.children!.push(child);
      }
      node = child;
    });
  }
  const sort = (nodes: TreeNode[]): TreeNode[] =>
    nodes
      .sort(
        (a, b) =>
          Number(!a.children) - Number(!b.children) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      )
      .map((n) => (n.children ? { ...n, children: sort(n.children) } : n));
  return sort(root.children!);
}
