// NetworkPolicy traps: https://kubernetes.io/docs/concepts/services-networking/network-policies/
// (peers are ORed, selectors in one peer ANDed; policyTypes; podSelector {} in a peer is the
// policy's namespace only; policies see the pod's port, not the Service port).
import { fire, labelsOf, list, nameOf, nsOf, ofKind, rec, strings } from './helpers';
import { msg } from '../messages';
import type { Detector, Located } from './types';

type Rule = { at: Located; rule: Record<string, unknown>; path: string; peers: Record<string, unknown>[]; peerPath: string };

function rules(mine: Located[]): Rule[] {
  return ofKind(mine, 'NetworkPolicy').flatMap((at) =>
    (['ingress', 'egress'] as const).flatMap((dir) =>
      list(rec(at.object.spec)[dir]).map((rule, i) => {
        const field = dir === 'ingress' ? 'from' : 'to';
        return { at, rule: rec(rule), path: `spec.${dir}[${i}]`, peers: list(rec(rule)[field]).map(rec), peerPath: `spec.${dir}[${i}].${field}` };
      }),
    ),
  );
}

const SELECTOR_OWNERS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet'];

function podLabelSets(all: Located[]): { ns: string; labels: Record<string, string> }[] {
  return ofKind(all, ...SELECTOR_OWNERS).map((o) => ({
    ns: nsOf(o.object),
    labels: o.object.kind === 'Pod' ? labelsOf(o.object) : (rec(rec(rec(rec(o.object.spec).template).metadata).labels) as Record<string, string>),
  }));
}

export const netpolDetectors: Detector[] = [
  {
    id: 'netpol-and-vs-or-peers',
    title: msg('trap.netpol-and-vs-or-peers.title', {}),
    detect: ({ mine }) =>
      rules(mine)
        .filter(
          (r) =>
            r.peers.some((p) => p.namespaceSelector != null && p.podSelector == null) &&
            r.peers.some((p) => p.podSelector != null && p.namespaceSelector == null),
        )
        .map((r) => fire(r.at, r.peerPath, msg('trap.netpol-and-vs-or-peers.why', {}), msg('trap.netpol-and-vs-or-peers.fix', {}))),
  },
  {
    id: 'netpol-egress-missing-from-policy-types',
    title: msg('trap.netpol-egress-missing-from-policy-types.title', {}),
    detect: ({ mine }) =>
      ofKind(mine, 'NetworkPolicy')
        .filter((at) => {
          const spec = rec(at.object.spec);
          return Array.isArray(spec.policyTypes) && !strings(spec.policyTypes).includes('Egress') && list(spec.egress).length > 0;
        })
        .map((at) =>
          fire(
            at,
            'spec.policyTypes',
            msg('trap.netpol-egress-missing-from-policy-types.why', {}),
            msg('trap.netpol-egress-missing-from-policy-types.fix', {}),
          ),
        ),
  },
  {
    id: 'netpol-egress-without-dns',
    title: msg('trap.netpol-egress-without-dns.title', {}),
    detect: ({ mine, all }) => {
      const isolating = ofKind(mine, 'NetworkPolicy').filter((at) => strings(rec(at.object.spec).policyTypes).includes('Egress'));
      if (isolating.length === 0) return [];
      const dnsOpen = ofKind(all, 'NetworkPolicy').some((at) =>
        list(rec(at.object.spec).egress).some((r) => {
          const ports = list(rec(r).ports).map(rec);
          return ports.length === 0 || ports.some((p) => (p.port === 53 || p.port === 'dns') && (p.protocol ?? 'TCP') === 'UDP');
        }),
      );
      return dnsOpen
        ? []
        : isolating.map((at) => fire(at, 'spec.policyTypes', msg('trap.netpol-egress-without-dns.why', {}), msg('trap.netpol-egress-without-dns.fix', {})));
    },
  },
  {
    id: 'netpol-empty-pod-selector-peer-is-local',
    title: msg('trap.netpol-empty-pod-selector-peer-is-local.title', {}),
    detect: ({ mine }) =>
      rules(mine).flatMap((r) =>
        r.peers
          .map((p, i) => ({ p, i }))
          .filter(({ p }) => p.namespaceSelector == null && p.podSelector != null && Object.keys(rec(p.podSelector)).length === 0)
          .map(({ i }) =>
            fire(
              r.at,
              `${r.peerPath}[${i}]`,
              msg('trap.netpol-empty-pod-selector-peer-is-local.why', { p1: String(nsOf(r.at.object)) }),
              msg('trap.netpol-empty-pod-selector-peer-is-local.fix', {}),
            ),
          ),
      ),
  },
  {
    id: 'netpol-namespace-name-label',
    title: msg('trap.netpol-namespace-name-label.title', {}),
    detect: ({ mine, all }) => {
      const namespaces = ofKind(all, 'Namespace');
      return rules(mine).flatMap((r) =>
        r.peers
          .map((p, i) => ({ p, i }))
          .filter(({ p }) => {
            const labels = rec(rec(p.namespaceSelector).matchLabels);
            return Object.entries(labels).some(
              ([k, v]) =>
                k !== 'kubernetes.io/metadata.name' && !namespaces.some((n) => labelsOf(n.object)[k] === v) && namespaces.some((n) => nameOf(n.object) === v),
            );
          })
          .map(({ i }) =>
            fire(
              r.at,
              `${r.peerPath}[${i}].namespaceSelector`,
              msg('trap.netpol-namespace-name-label.why', {}),
              msg('trap.netpol-namespace-name-label.fix', {}),
            ),
          ),
      );
    },
  },
  {
    id: 'netpol-service-port-not-target-port',
    title: msg('trap.netpol-service-port-not-target-port.title', {}),
    detect: ({ mine, all }) => {
      const services = ofKind(all, 'Service').flatMap((s) =>
        list(rec(s.object.spec).ports)
          .map(rec)
          .filter((p) => typeof p.targetPort === 'number' && p.targetPort !== p.port)
          .map((p) => ({ ns: nsOf(s.object), name: nameOf(s.object), port: p.port, target: p.targetPort })),
      );
      return rules(mine).flatMap((r) =>
        list(r.rule.ports)
          .map(rec)
          .map((p, i) => ({ p, i }))
          .flatMap(({ p, i }) => {
            const svc = services.find((s) => s.ns === nsOf(r.at.object) && s.port === p.port && !services.some((o) => o.ns === s.ns && o.target === p.port));
            return svc
              ? [
                  fire(
                    r.at,
                    `${r.path}.ports[${i}]`,
                    msg('trap.netpol-service-port-not-target-port.why', { p1: String(String(p.port)), p2: String(svc.name), p3: String(String(svc.target)) }),
                    msg('trap.netpol-service-port-not-target-port.fix', { p1: String(String(svc.target)) }),
                  ),
                ]
              : [];
          }),
      );
    },
  },
  {
    id: 'labels-are-case-sensitive',
    title: msg('trap.labels-are-case-sensitive.title', {}),
    detect: ({ mine, all }) => {
      const sets = podLabelSets(all);
      const selectors: { at: Located; path: string; labels: Record<string, unknown> }[] = [
        ...ofKind(mine, 'NetworkPolicy').map((at) => ({ at, path: 'spec.podSelector', labels: rec(rec(rec(at.object.spec).podSelector).matchLabels) })),
        ...rules(mine).flatMap((r) =>
          r.peers.map((p, i) => ({ at: r.at, path: `${r.peerPath}[${i}].podSelector`, labels: rec(rec(p.podSelector).matchLabels) })),
        ),
        ...ofKind(mine, 'Service').map((at) => ({ at, path: 'spec.selector', labels: rec(rec(at.object.spec).selector) })),
      ];
      return selectors.flatMap((s) =>
        Object.entries(s.labels).flatMap(([k, v]) => {
          if (sets.some((x) => x.labels[k] === v)) return [];
          const near = sets
            .flatMap((x) => Object.entries(x.labels))
            .find(([k2, v2]) => k2.toLowerCase() === k.toLowerCase() && String(v2).toLowerCase() === String(v).toLowerCase());
          return near
            ? [
                fire(
                  s.at,
                  s.path,
                  msg('trap.labels-are-case-sensitive.why', { k: String(k), p2: String(String(v)), p3: String(near[0]), p4: String(near[1]) }),
                  msg('trap.labels-are-case-sensitive.fix', { p1: String(near[0]), p2: String(near[1]) }),
                ),
              ]
            : [];
        }),
      );
    },
  },
];
