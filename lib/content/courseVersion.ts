import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { courseVersion } from '../workshop/submission';
import { DEFAULT_LESSONS_DIR } from './course';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** sha256 over every file of lessons/ (relative path and bytes, in a fixed order), hex. */
export function contentHash(root: string = DEFAULT_LESSONS_DIR): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(root)) {
    hash.update(relative(root, file).split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

let cached: string | undefined;

/** The course version submissions name: package.json's version + the lessons' content hash (build time). */
export function currentCourseVersion(root: string = DEFAULT_LESSONS_DIR): string {
  if (root !== DEFAULT_LESSONS_DIR) return courseVersion(appVersion(), contentHash(root));
  cached ??= courseVersion(appVersion(), contentHash(root));
  return cached;
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
