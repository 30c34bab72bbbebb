// A network step reads as one sentence in each language: the verb and the endpoint's name do not
// both say "connection" (the eventpaths pass found "can open a connection to a connection to ...").
import { describe, expect, it } from 'vitest';
import { describeAttackEdge } from '@/lib/lesson/attackWords';
import { render } from '@/lib/i18n/messages/render';
import type { AttackEdge } from '@/lib/sim/attack/types';

const edge: AttackEdge = {
  from: { type: 'pod', pod: { namespace: 'shop', name: 'web' } },
  to: { type: 'endpoint', pod: { namespace: 'data', name: 'orders-db' } },
  technique: 'network',
  evidence: { type: 'traffic', port: 5432, protocol: 'TCP', ingress: [], egress: [], ingressIsolated: false, egressIsolated: false },
};

describe('a network step of an attack path', () => {
  it('says the connection once, in English and in Spanish', () => {
    const en = render('en', describeAttackEdge(edge));
    const es = render('es', describeAttackEdge(edge));
    expect(en).toMatch(/^pod shop\/web can open a connection to data\/orders-db \(5432\/TCP/);
    expect(es).toMatch(/^pod shop\/web puede abrir una conexión a data\/orders-db \(5432\/TCP/);
    expect(en.match(/connection/g)).toHaveLength(1);
    expect(es.match(/conexión/g)).toHaveLength(1);
  });
});
