'use client';
import type { Lang } from '@/lib/i18n/languages';
import { tf, tv } from '@/lib/i18n/views';
import type { TrafficModel } from './trafficModel';
import { isolationText, nodeLabel } from './trafficWords';
import { Heading } from './Heading';
import { useShowMore } from './ShowMore';

/** The selected node's allowed connections as buttons: the graph's edges, reachable by keyboard. */
export function TrafficConnections({
  level,
  lang,
  model,
  index,
  onExplain,
}: {
  level: number;
  lang: Lang;
  model: TrafficModel;
  index: number;
  onExplain: (from: number, to: number) => void;
}) {
  const node = model.nodes[index];
  const outgoingAll = model.edges.filter((e) => e.from === index);
  const incomingAll = model.edges.filter((e) => e.to === index);
  const out = useShowMore(outgoingAll);
  const inc = useShowMore(incomingAll);
  const item = (from: number, to: number) => (
    <li key={`${from}-${to}`}>
      <button type="button" className="link-button" onClick={() => onExplain(from, to)}>
        {tf(lang, 'explainEdge', { from: nodeLabel(model.nodes[from]), to: nodeLabel(model.nodes[to]) })}
      </button>
    </li>
  );
  return (
    <section className="explanation" aria-live="polite" data-testid="traffic-connections">
      <Heading level={level}>{tf(lang, 'connectionsOf', { node: nodeLabel(node) })}</Heading>
      <p className="view-note">
        {isolationText(node, lang)}. {tf(lang, 'sourceSelected', { node: nodeLabel(node) })}
      </p>
      <div className="connections">
        <div>
          <Heading level={level + 1}>
            {tv(lang, 'outgoing')} ({outgoingAll.length})
          </Heading>
          {outgoingAll.length ? <ul>{out.shown.map((e) => item(e.from, e.to))}</ul> : <p className="view-note">{tv(lang, 'none')}</p>}
          {out.more(lang)}
        </div>
        <div>
          <Heading level={level + 1}>
            {tv(lang, 'incoming')} ({incomingAll.length})
          </Heading>
          {incomingAll.length ? <ul>{inc.shown.map((e) => item(e.from, e.to))}</ul> : <p className="view-note">{tv(lang, 'none')}</p>}
          {inc.more(lang)}
        </div>
      </div>
    </section>
  );
}
