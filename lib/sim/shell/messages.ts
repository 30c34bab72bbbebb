/**
 * Message codes of the terminal shell's own words, with sample parameters (words:
 * lib/i18n/messages/<lang>/shell.ts). bash's texts (`Read-only file system`, `command not
 * found`) stay English as bash prints them; the lab's notes and its `help` are codes.
 */
export const SHELL_MESSAGES = {
  // `help`, line by line (shell/help.ts lists kubectl's commands between them).
  'shell.help.intro': {},
  'shell.help.globals': {},
  'shell.help.output': {},
  'shell.help.pods': {},
  'shell.help.shell': {},
  'shell.help.shell2': {},
  'shell.help.shell3': {},
  'shell.help.files': {},
  'shell.help.notSimulated': {},
  /** The list's last item (indented as the list). */
  'shell.help.notTail': {},
  /** After bash's `Read-only file system`: the terminal's files are a view of the editor's. */
  'shell.note.readOnlyFile': { name: 'copy.yaml' },
  /** After `cat: X: No such file or directory`: which files the terminal sees. */
  'shell.note.noSuchFile': { name: 'role.yaml' },
  /** `exit`: bash's builtin, refused (the terminal is the page's). */
  'shell.refuse.exit': {},
  /** What a line printed beyond the terminal's limits. */
  'shell.moreLines': { count: 12 },
  'shell.truncated': {},
};
