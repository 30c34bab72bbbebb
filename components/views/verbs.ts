// Pure (no simulator import): the main thread's view components read these too.
/** The verbs rakkess shows by default; the special ones are opt-in. */
export const STANDARD_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];
export const SPECIAL_VERBS = ['escalate', 'bind', 'impersonate'];
