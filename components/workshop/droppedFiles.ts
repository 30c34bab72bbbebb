// Files out of a drop: plain files, and every file inside dropped folders (recursively).

/** Folder entries yield at most this many files: a dropped home directory must not hang the page. */
export const MAX_DROPPED_FILES = 2000;

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve) => {
    const out: FileSystemEntry[] = [];
    const more = () =>
      reader.readEntries(
        (batch) => {
          if (batch.length === 0 || out.length >= MAX_DROPPED_FILES) resolve(out);
          else {
            out.push(...batch);
            more();
          }
        },
        () => resolve(out),
      );
    more();
  });
}

async function walk(entry: FileSystemEntry, path: string, out: { file: File; path: string }[]): Promise<void> {
  if (out.length >= MAX_DROPPED_FILES) return;
  if (entry.isFile) {
    const file = await new Promise<File | null>((resolve) => (entry as FileSystemFileEntry).file(resolve, () => resolve(null)));
    if (file) out.push({ file, path: `${path}${file.name}` });
    return;
  }
  if (!entry.isDirectory) return;
  for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) await walk(child, `${path}${entry.name}/`, out);
}

/**
 * The files of a drop. Inside folders only `.json` files are taken (a folder also holds other
 * things); a file dropped by itself is always taken, and reported if it is not a submission.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<{ file: File; path: string }[]> {
  const entries = [...transfer.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null));
  if (entries.every((e) => !e)) return [...transfer.files].map((file) => ({ file, path: file.name }));
  const out: { file: File; path: string }[] = [];
  for (const entry of entries) {
    if (!entry) continue;
    if (entry.isFile) await walk(entry, '', out);
    else {
      const inside: { file: File; path: string }[] = [];
      await walk(entry, '', inside);
      out.push(...inside.filter((f) => f.path.toLowerCase().endsWith('.json')));
    }
  }
  return out;
}
