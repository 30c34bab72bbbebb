'use client';
import { useState } from 'react';
import { identityFor, type Cluster, type KubeObject, type Protocol } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { TrafficView } from './TrafficView';
import { PermissionView } from './PermissionView';
import { AdmissionView } from './AdmissionView';
import type { lessonViewDefaults } from './lessonDefaults';

export type ViewKind = 'traffic-view' | 'permission-view' | 'admission-view';

export interface ViewOnObjectsProps {
  lang: Lang;
  view: ViewKind;
  cluster: Cluster;
  objects: readonly KubeObject[];
  defaults?: Partial<ReturnType<typeof lessonViewDefaults>>;
  headingLevel?: number;
}

/** One of the three views on a cluster (what a lesson block or the playground shows). */
export function ViewOnObjects({ lang, view, cluster, objects, defaults = {}, headingLevel = 2 }: ViewOnObjectsProps) {
  const [port, setPort] = useState(defaults.port ?? '');
  const [protocol, setProtocol] = useState<Protocol | ''>(defaults.protocol ?? '');
  if (view === 'traffic-view') {
    return <TrafficView lang={lang} cluster={cluster} port={port} protocol={protocol} onPortChange={(p, proto) => { setPort(p); setProtocol(proto); }} headingLevel={headingLevel} />;
  }
  if (view === 'permission-view') {
    return <PermissionView lang={lang} cluster={cluster} defaultSubject={defaults.subject} defaultNamespace={defaults.namespace} extra={defaults.vocabulary} headingLevel={headingLevel} />;
  }
  const admission = defaults.admission;
  // As the lab's admission goals: an admin in system:masters unless the goal names someone.
  const groups = admission?.as ? [...new Set([...identityFor(admission.as).groups, ...(admission.groups ?? [])])] : ['system:masters'];
  return (
    <AdmissionView lang={lang} cluster={cluster} objects={objects} defaultObject={admission?.object} defaultOperation={admission?.operation}
      defaultUser={admission?.as ?? 'admin'} defaultGroups={groups} headingLevel={headingLevel} />
  );
}
