'use client';
import { useState } from 'react';
import type { Protocol } from '@/lib/sim';
import type { Lang } from '@/lib/i18n/languages';
import { TrafficView } from './TrafficView';
import { PermissionView } from './PermissionView';
import { AdmissionView } from './AdmissionView';
import { AttackView } from './AttackView';
import type { lessonViewDefaults } from './lessonDefaults';

export type ViewKind = 'traffic-view' | 'permission-view' | 'admission-view' | 'attack-view';

export interface ViewOnObjectsProps {
  lang: Lang;
  view: ViewKind;
  /** The page worker's world the view shows. */
  worldId: string;
  defaults?: Partial<ReturnType<typeof lessonViewDefaults>>;
  headingLevel?: number;
}

/** One of the three views on a world of the page worker (what a lesson block or the playground shows). */
export function ViewOnObjects({ lang, view, worldId, defaults = {}, headingLevel = 2 }: ViewOnObjectsProps) {
  const [port, setPort] = useState(defaults.port ?? '');
  const [protocol, setProtocol] = useState<Protocol | ''>(defaults.protocol ?? '');
  if (view === 'traffic-view') {
    return (
      <TrafficView
        lang={lang}
        worldId={worldId}
        port={port}
        protocol={protocol}
        onPortChange={(p, proto) => {
          setPort(p);
          setProtocol(proto);
        }}
        headingLevel={headingLevel}
      />
    );
  }
  if (view === 'permission-view') {
    return (
      <PermissionView
        lang={lang}
        worldId={worldId}
        defaultSubject={defaults.subject}
        defaultNamespace={defaults.namespace}
        extra={defaults.vocabulary}
        headingLevel={headingLevel}
      />
    );
  }
  if (view === 'attack-view') return <AttackView lang={lang} worldId={worldId} defaultEntry={defaults.attackEntry} headingLevel={headingLevel} />;
  const admission = defaults.admission;
  // As the lab's admission goals: an admin in system:masters unless the goal names someone (then
  // the groups its authenticator gives it, plus the goal's).
  return (
    <AdmissionView
      lang={lang}
      worldId={worldId}
      defaultObject={admission?.object}
      defaultOperation={admission?.operation}
      defaultUser={admission?.as ?? 'admin'}
      authenticatorGroups={Boolean(admission?.as)}
      extraGroups={admission?.groups}
      headingLevel={headingLevel}
    />
  );
}
