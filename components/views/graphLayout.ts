/**
 * Graph layout behind one small interface. Namespaces are boxes that flow left to right and
 * wrap at `maxWidth` (so the graph fits a phone as well as a desktop); inside each box, pods sit
 * on a grid. The ORDER of boxes and of pods comes from `@dagrejs/dagre` (a layered layout of the
 * whole connection graph): sources before their destinations, so most arrows point the same
 * way and fewer cross. Deterministic: dagre is, and ties keep the input order.
 */
import dagre from '@dagrejs/dagre';

export interface LayoutNodeInput {
  id: string;
  width: number;
  height: number;
}

/** A box of nodes (a namespace). */
export interface LayoutClusterInput {
  id: string;
  nodes: LayoutNodeInput[];
}

export interface LayoutEdgeInput {
  id: string;
  from: string;
  to: string;
}

export interface LayoutInput {
  clusters: LayoutClusterInput[];
  edges: LayoutEdgeInput[];
  /** Wrap namespace boxes at this width (px). */
  maxWidth?: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutResult {
  width: number;
  height: number;
  clusters: Record<string, Box>;
  nodes: Record<string, Box>;
  /** Edge paths as points: start, (control point for a curve,) end. */
  edges: Record<string, Point[]>;
}

const GAP = 18;
const PAD = 14;
const HEADER = 26;
const MARGIN = 12;

/** Place nodes and route edges (interim grid layout; see the module comment). */
export function layoutGraph(unordered: LayoutInput): LayoutResult {
  const input = orderByLayers(unordered);
  const maxWidth = input.maxWidth ?? 960;
  const nodes: Record<string, Box> = {};
  const clusters: Record<string, Box> = {};
  let x = MARGIN;
  let y = MARGIN;
  let rowHeight = 0;
  let width = 0;
  for (const cluster of input.clusters) {
    const size = clusterSize(cluster, maxWidth - 2 * MARGIN);
    if (x > MARGIN && x + size.width > maxWidth - MARGIN) {
      x = MARGIN;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    clusters[cluster.id] = { x, y, width: size.width, height: size.height };
    placeNodes(cluster, size.columns, x, y, nodes);
    x += size.width + GAP;
    rowHeight = Math.max(rowHeight, size.height);
    width = Math.max(width, x - GAP + MARGIN);
  }
  const edges = routeEdges(input.edges, nodes);
  const bounds = curveBounds(edges);
  return { width: Math.max(width, 2 * MARGIN, bounds.x + MARGIN), height: Math.max(y + rowHeight + MARGIN, bounds.y + MARGIN), clusters, nodes, edges };
}

function cell(cluster: LayoutClusterInput): { w: number; h: number } {
  return {
    w: Math.max(0, ...cluster.nodes.map((n) => n.width)),
    h: Math.max(0, ...cluster.nodes.map((n) => n.height)),
  };
}

function clusterSize(cluster: LayoutClusterInput, available: number): { width: number; height: number; columns: number } {
  const { w, h } = cell(cluster);
  const count = Math.max(1, cluster.nodes.length);
  const fit = Math.max(1, Math.floor((available - 2 * PAD + GAP) / (w + GAP)));
  const columns = Math.max(1, Math.min(fit, count, Math.ceil(Math.sqrt(count * 1.5))));
  const rows = Math.ceil(count / columns);
  const width = Math.max(120, 2 * PAD + columns * w + (columns - 1) * GAP);
  return { width, height: HEADER + PAD + rows * h + (rows - 1) * GAP + PAD, columns };
}

function placeNodes(cluster: LayoutClusterInput, columns: number, x: number, y: number, out: Record<string, Box>): void {
  const { w, h } = cell(cluster);
  cluster.nodes.forEach((node, i) => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    out[node.id] = { x: x + PAD + col * (w + GAP), y: y + HEADER + PAD + row * (h + GAP), width: node.width, height: node.height };
  });
}

function center(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The point where the segment from the box's centre toward `toward` leaves the box. */
export function clipToBox(box: Box, toward: Point): Point {
  const c = center(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/** The furthest right and down a curve reaches (a quadratic stays within its control triangle; its apex is halfway to the control point). */
function curveBounds(edges: Record<string, Point[]>): Point {
  let x = 0;
  let y = 0;
  for (const points of Object.values(edges)) {
    const [a, c, b] = points;
    const apex = { x: (a.x + b.x) / 4 + c.x / 2, y: (a.y + b.y) / 4 + c.y / 2 };
    x = Math.max(x, a.x, b.x, apex.x);
    y = Math.max(y, a.y, b.y, apex.y);
  }
  return { x, y };
}

/** Curved edges (a control point off the straight line), so A→B and B→A stay apart. */
function routeEdges(edges: LayoutEdgeInput[], nodes: Record<string, Box>): Record<string, Point[]> {
  const out: Record<string, Point[]> = {};
  for (const edge of edges) {
    const a = nodes[edge.from];
    const b = nodes[edge.to];
    if (!a || !b || edge.from === edge.to) continue;
    const ca = center(a);
    const cb = center(b);
    const length = Math.hypot(cb.x - ca.x, cb.y - ca.y) || 1;
    const bend = Math.min(90, length * 0.3);
    const control = { x: (ca.x + cb.x) / 2 + ((cb.y - ca.y) / length) * bend, y: (ca.y + cb.y) / 2 - ((cb.x - ca.x) / length) * bend };
    out[edge.id] = [clipToBox(a, control), control, clipToBox(b, control)];
  }
  return out;
}

/** Above this many nodes or edges the layered ordering is skipped (it is only an ordering). */
const LAYER_LIMIT = 400;

/**
 * Order namespaces and the pods in them by dagre's layered layout (left-to-right ranks), so
 * connections flow from earlier to later boxes where the graph allows it.
 */
export function orderByLayers(input: LayoutInput): LayoutInput {
  const nodeCount = input.clusters.reduce((n, c) => n + c.nodes.length, 0);
  if (input.edges.length === 0 || nodeCount > LAYER_LIMIT || input.edges.length > LAYER_LIMIT) return input;
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 10, ranksep: 40 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const cluster of input.clusters) for (const node of cluster.nodes) g.setNode(node.id, { width: node.width, height: node.height });
  for (const edge of input.edges) if (edge.from !== edge.to && g.hasNode(edge.from) && g.hasNode(edge.to)) g.setEdge(edge.from, edge.to);
  dagre.layout(g);
  const place = (id: string) => g.node(id) as { x: number; y: number };
  const byPlace = (a: LayoutNodeInput, b: LayoutNodeInput) => place(a.id).x - place(b.id).x || place(a.id).y - place(b.id).y;
  const clusters = input.clusters.map((c) => ({ ...c, nodes: [...c.nodes].sort(byPlace) }));
  const meanX = (c: LayoutClusterInput) => (c.nodes.length ? c.nodes.reduce((s, n) => s + place(n.id).x, 0) / c.nodes.length : Infinity);
  const order = new Map(clusters.map((c, i) => [c.id, i]));
  clusters.sort((a, b) => meanX(a) - meanX(b) || order.get(a.id)! - order.get(b.id)!);
  return { ...input, clusters };
}
