/**
 * Graphology graphs that survive hostile node keys (DESIGN.md §3): see withNullPrototypeAdjacency.
 */

type NodeDataClass = new (
  key: string,
  attributes: unknown,
) => Record<string, unknown> & {
  clear(): void;
};

/**
 * Makes a new, empty graphology graph keep each node's neighbours in null-prototype objects.
 * graphology 0.26 indexes them in plain `{}`: adding an edge to a node keyed `__proto__` finds
 * `Object.prototype` as the "existing" adjacency entry and writes `Object.prototype.previous`
 * (a global prototype pollution), and keys such as `constructor` or `toString` hang edges off
 * the built-in functions. Call it before adding any node. It replaces graphology's private
 * `NodeDataClass` with a subclass; when a graphology version lacks it, the graph is returned
 * unchanged (the fuzz tests would then catch the pollution again).
 */
export function withNullPrototypeAdjacency<G extends object>(graph: G): G {
  const internal = graph as unknown as { NodeDataClass?: NodeDataClass };
  const Base = internal.NodeDataClass;
  if (typeof Base !== 'function') return graph;
  class NullPrototypeNodeData extends Base {
    override clear() {
      super.clear();
      for (const index of ['in', 'out', 'undirected'])
        if (index in this) this[index] = Object.create(null);
    }
  }
  internal.NodeDataClass = NullPrototypeNodeData;
  return graph;
}
