// Pure (no simulator import): the main thread's view components read this too.
/** `User alice`, `Group devs`, `ServiceAccount dev/builder`. */
export function subjectText(subject: { kind: string; name: string; namespace?: string }): string {
  return subject.kind === 'ServiceAccount'
    ? `ServiceAccount ${subject.namespace ? `${subject.namespace}/` : ''}${subject.name}`
    : `${subject.kind} ${subject.name}`;
}
