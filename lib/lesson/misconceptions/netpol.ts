// NetworkPolicy traps: https://kubernetes.io/docs/concepts/services-networking/network-policies/
// (peers are ORed, selectors in one peer ANDed; policyTypes; podSelector {} in a peer is the
// policy's namespace only; policies see the pod's port, not the Service port).
import { fire, labelsOf, list, nameOf, nsOf, ofKind, rec, strings } from './helpers';
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
    title: { en: 'Two list items are OR, one item with two selectors is AND', es: 'Dos ítems de la lista son O; un ítem con dos selectores es Y' },
    detect: ({ mine }) =>
      rules(mine)
        .filter(
          (r) =>
            r.peers.some((p) => p.namespaceSelector != null && p.podSelector == null) &&
            r.peers.some((p) => p.podSelector != null && p.namespaceSelector == null),
        )
        .map((r) =>
          fire(
            r.at,
            r.peerPath,
            [
              'This rule has a peer with only `namespaceSelector` and another with only `podSelector`: they are ORed, so every pod of those namespaces is admitted, whatever its labels.',
              'If you meant "pods with these labels in those namespaces", put both selectors in ONE list item (no `-` before `podSelector`).',
            ],
            [
              'Esta regla tiene un peer solo con `namespaceSelector` y otro solo con `podSelector`: se combinan con O, así que entra cualquier pod de esos namespaces, tenga las etiquetas que tenga.',
              'Si querías "pods con estas etiquetas en esos namespaces", poné los dos selectores en UN solo ítem (sin `-` antes de `podSelector`).',
            ],
          ),
        ),
  },
  {
    id: 'netpol-egress-missing-from-policy-types',
    title: { en: 'Egress rules without Egress in policyTypes are ignored', es: 'Reglas de egress sin Egress en policyTypes se ignoran' },
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
            [
              "`policyTypes` lists only Ingress, so this policy's `egress` rules are ignored and its pods' egress is not isolated.",
              'Add `Egress` to `policyTypes`.',
            ],
            [
              '`policyTypes` solo lista Ingress, así que las reglas `egress` de esta policy se ignoran y el egress de sus pods no queda aislado.',
              'Agregá `Egress` a `policyTypes`.',
            ],
          ),
        ),
  },
  {
    id: 'netpol-egress-without-dns',
    title: { en: 'Isolating egress also blocks DNS', es: 'Aislar el egress también bloquea el DNS' },
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
        : isolating.map((at) =>
            fire(
              at,
              'spec.policyTypes',
              [
                'This policy isolates egress and no egress rule admits UDP port 53: the pods cannot resolve names, so calls by Service name fail.',
                'Add an egress rule to the cluster DNS (kube-system pods `k8s-app: kube-dns`) on UDP 53 (and TCP 53).',
              ],
              [
                'Esta policy aísla el egress y ninguna regla de egress admite el puerto UDP 53: los pods no pueden resolver nombres, así que las llamadas por nombre de Service fallan.',
                'Agregá una regla de egress hacia el DNS del clúster (pods de kube-system `k8s-app: kube-dns`) en UDP 53 (y TCP 53).',
              ],
            ),
          );
    },
  },
  {
    id: 'netpol-empty-pod-selector-peer-is-local',
    title: { en: '`podSelector: {}` in a peer means this namespace only', es: '`podSelector: {}` en un peer es solo este namespace' },
    detect: ({ mine }) =>
      rules(mine).flatMap((r) =>
        r.peers
          .map((p, i) => ({ p, i }))
          .filter(({ p }) => p.namespaceSelector == null && p.podSelector != null && Object.keys(rec(p.podSelector)).length === 0)
          .map(({ i }) =>
            fire(
              r.at,
              `${r.peerPath}[${i}]`,
              [
                `\`podSelector: {}\` alone selects every pod of the policy's namespace (${nsOf(r.at.object)}), not of the whole cluster.`,
                'For every namespace add `namespaceSelector: {}` to the same item; for some, select them by label.',
              ],
              [
                `\`podSelector: {}\` solo selecciona todos los pods del namespace de la policy (${nsOf(r.at.object)}), no de todo el clúster.`,
                'Para todos los namespaces agregá `namespaceSelector: {}` en el mismo ítem; para algunos, elegilos por etiqueta.',
              ],
            ),
          ),
      ),
  },
  {
    id: 'netpol-namespace-name-label',
    title: { en: 'Namespaces have no `name` label unless you add one', es: 'Los namespaces no tienen la etiqueta `name` salvo que se la pongas' },
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
              [
                'This namespaceSelector uses a label whose value is a namespace name, but no namespace carries that label: it matches nothing.',
                'Select by `kubernetes.io/metadata.name: <namespace>`, which the control plane sets on every namespace.',
              ],
              [
                'Este namespaceSelector usa una etiqueta cuyo valor es el nombre de un namespace, pero ningún namespace la tiene: no coincide con nada.',
                'Elegí por `kubernetes.io/metadata.name: <namespace>`, que el control plane pone en todos los namespaces.',
              ],
            ),
          ),
      );
    },
  },
  {
    id: 'netpol-service-port-not-target-port',
    title: { en: "Policies see the pod's port, not the Service port", es: 'Las policies ven el puerto del pod, no el del Service' },
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
                    [
                      `Port ${String(p.port)} is the port of Service ${svc.name}; the connection reaches the pod on its targetPort ${String(svc.target)}, and that is what a NetworkPolicy sees.`,
                      `Use port ${String(svc.target)} (or the container port's name).`,
                    ],
                    [
                      `El ${String(p.port)} es el puerto del Service ${svc.name}; la conexión llega al pod en su targetPort ${String(svc.target)}, y eso es lo que ve una NetworkPolicy.`,
                      `Usá el puerto ${String(svc.target)} (o el nombre del puerto del contenedor).`,
                    ],
                  ),
                ]
              : [];
          }),
      );
    },
  },
  {
    id: 'labels-are-case-sensitive',
    title: { en: 'Labels and selectors are case-sensitive', es: 'Etiquetas y selectores distinguen mayúsculas' },
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
                  [
                    `\`${k}: ${String(v)}\` matches no pod, but pods carry \`${near[0]}: ${near[1]}\`: label keys and values are compared exactly.`,
                    `Write \`${near[0]}: ${near[1]}\`.`,
                  ],
                  [
                    `\`${k}: ${String(v)}\` no coincide con ningún pod, pero hay pods con \`${near[0]}: ${near[1]}\`: claves y valores de etiquetas se comparan exactos.`,
                    `Escribí \`${near[0]}: ${near[1]}\`.`,
                  ],
                ),
              ]
            : [];
        }),
      );
    },
  },
];
