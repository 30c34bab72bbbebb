'use client';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv } from '@/lib/i18n/views';
import { layoutGraph, type LayoutInput, type Point } from './graphLayout';
import type { TrafficModel, TrafficQuery } from './trafficModel';
import { describeCell, isolationText, nodeLabel, podsText, queryProbeText } from './trafficWords';

export interface TrafficGraphProps {
  lang: Lang;
  model: TrafficModel;
  query: TrafficQuery;
  /** Index of the selected node (the source of a pair), if any. */
  selected: number | null;
  onSelectNode: (index: number) => void;
  onExplain: (from: number, to: number) => void;
  /** Above this many edges only the selected node's are drawn. */
  maxEdges?: number;
}

const NODE_W = 150;
const NODE_H = 44;
/** Edges stay in the Tab order only when there are few of them (the table is the full alternative). */
const FOCUSABLE_EDGES = 40;

function pathOf(points: Point[]): string {
  if (points.length === 3) return `M${points[0].x},${points[0].y} Q${points[1].x},${points[1].y} ${points[2].x},${points[2].y}`;
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function activate(event: KeyboardEvent, action: () => void): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    action();
  }
}

/** Pods by namespace, arrows for allowed connections; nodes and edges are keyboard operable. */
export function TrafficGraph({ lang, model, query, selected, onSelectNode, onExplain, maxEdges = 300 }: TrafficGraphProps) {
  const markerId = `arrow-${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const box = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(box);
  const tooMany = model.edges.length > maxEdges;
  const drawn = useMemo(
    () => (tooMany ? model.edges.filter((e) => selected !== null && (e.from === selected || e.to === selected)) : model.edges),
    [model.edges, tooMany, selected],
  );
  // Laid out again only when the drawing changes, not on every answer (an edit elsewhere in a
  // large world brings a new model with the same nodes and edges).
  const shape = useMemo(
    () =>
      JSON.stringify({
        clusters: model.namespaces.map((ns) => ({
          id: ns,
          nodes: model.nodes.flatMap((n, i) => (n.namespace === ns ? [{ id: String(i), width: NODE_W, height: NODE_H }] : [])),
        })),
        edges: drawn.map((e) => ({ id: e.id, from: String(e.from), to: String(e.to) })),
      }),
    [model, drawn],
  );
  const layout = useMemo(() => layoutGraph({ ...(JSON.parse(shape) as Omit<LayoutInput, 'maxWidth'>), maxWidth: Math.max(360, width - 4) }), [shape, width]);
  const focusableEdges = drawn.length <= FOCUSABLE_EDGES;
  const ends = useMemo(() => spreadEnds(drawn, layout.edges), [drawn, layout.edges]);

  return (
    <div>
      {tooMany ? <p className="view-note">{tf(lang, 'tooManyEdges', { count: model.edges.length })}</p> : null}
      <div className="graph-scroll" ref={box}>
        <svg
          className="graph-svg"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={tf(lang, 'graphLabel', { probe: queryProbeText(query, lang) })}
        >
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="graph-arrow" />
            </marker>
          </defs>
          {model.namespaces.map((ns) => {
            const box = layout.clusters[ns];
            return box ? (
              <g key={ns} className="graph-ns" aria-hidden="true">
                <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={10} />
                <text x={box.x + 10} y={box.y + 18}>
                  {truncate(ns, Math.floor(box.width / 8))}
                </text>
              </g>
            ) : null;
          })}
          {drawn.map((edge) => {
            const points = ends[edge.id];
            if (!points) return null;
            const from = model.nodes[edge.from];
            const to = model.nodes[edge.to];
            const label = describeCell(from, to, model.cells[edge.from][edge.to], query, lang);
            const hot = selected !== null && (edge.from === selected || edge.to === selected);
            const dim = selected !== null && !hot;
            return (
              <g
                key={edge.id}
                className={`graph-edge${hot ? ' hot' : ''}${dim ? ' dim' : ''}${edge.partial ? ' partial' : ''}`}
                data-edge={edge.id}
                data-partial={edge.partial ? `${edge.partial.allowed}/${edge.partial.total}` : undefined}
                role={focusableEdges ? 'button' : undefined}
                tabIndex={focusableEdges ? 0 : undefined}
                aria-label={focusableEdges ? label : undefined}
                onClick={() => onExplain(edge.from, edge.to)}
                onKeyDown={(e) => activate(e, () => onExplain(edge.from, edge.to))}
              >
                <title>{label}</title>
                <path className="hit" d={pathOf(points)} />
                <path className="line" d={pathOf(points)} markerEnd={`url(#${markerId})`} />
                {edge.partial ? <EdgeBadge points={points} text={tf(lang, 'partialPorts', edge.partial)} /> : null}
              </g>
            );
          })}
          {model.nodes.map((node, i) => {
            const box = layout.nodes[String(i)];
            if (!box) return null;
            const isolated = node.isolation.ingress.length > 0 || node.isolation.egress.length > 0;
            const sub = node.hostNetwork
              ? tv(lang, 'hostNetwork')
              : isolated
                ? `${tv(lang, 'isolatedMark')}: ${[node.isolation.ingress.length ? 'ingress' : '', node.isolation.egress.length ? 'egress' : ''].filter(Boolean).join(', ')}`
                : tv(lang, 'notIsolated');
            return (
              <g
                key={node.id}
                className={`graph-node${isolated ? ' isolated' : ''}${selected === i ? ' selected' : ''}`}
                data-node={node.id}
                role="button"
                tabIndex={0}
                aria-pressed={selected === i}
                aria-label={`${nodeLabel(node)}${node.pods.length > 1 ? `, ${tf(lang, 'podCount', { count: node.pods.length })}` : ''}: ${isolationText(node, lang)}`}
                onClick={() => onSelectNode(i)}
                onKeyDown={(e) => activate(e, () => onSelectNode(i))}
              >
                <title>{podsText(node)}</title>
                <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={7} />
                <text x={box.x + 8} y={box.y + 18}>
                  {truncate(node.name, 20)}
                </text>
                <text className="sub" x={box.x + 8} y={box.y + 35}>
                  {truncate(sub, 24)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </div>
  );
}

/** A small label at the middle of an edge ("1 of 2 ports"). */
function EdgeBadge({ points, text }: { points: Point[]; text: string }) {
  const mid = points[Math.floor(points.length / 2)];
  const width = text.length * 6.4 + 8;
  return (
    <g className="edge-badge" aria-hidden="true">
      <rect x={mid.x - width / 2} y={mid.y - 9} width={width} height={16} rx={4} />
      <text x={mid.x} y={mid.y + 3} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}

/**
 * Arrows into the same pod would all end at one point: spread their ends along the node's edge
 * (by where each comes from), so each arrowhead can be told apart.
 */
export function spreadEnds(edges: { id: string; to: number }[], paths: Record<string, Point[]>): Record<string, Point[]> {
  const out: Record<string, Point[]> = { ...paths };
  const byTarget = new Map<number, string[]>();
  for (const e of edges) if (paths[e.id]) byTarget.set(e.to, [...(byTarget.get(e.to) ?? []), e.id]);
  for (const ids of byTarget.values()) {
    if (ids.length < 2) continue;
    const sorted = [...ids].sort((a, b) => paths[a][0].x - paths[b][0].x);
    const step = Math.min(18, (NODE_W - 30) / (sorted.length - 1));
    sorted.forEach((id, i) => {
      const points = paths[id].map((p) => ({ ...p }));
      points[points.length - 1].x += (i - (sorted.length - 1) / 2) * step;
      out[id] = points;
    });
  }
  return out;
}

/** The element's width, following resizes (960 before the first measure). */
function useContainerWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(960);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width / 40) * 40 || 960));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
