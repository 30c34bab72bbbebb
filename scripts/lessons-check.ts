// `npm run lessons:check`: proves the content is sound (see lib/content/checkContent.ts).
import { checkContent } from '../lib/content/checkContent';

async function main(): Promise<void> {
  const started = Date.now();
  const { problems, lessons, exercises } = await checkContent();
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length) {
    console.error(`\n✖ lessons:check found ${problems.length} problem(s) in ${lessons} lessons and ${exercises} exercises (${seconds} s).`);
    process.exit(1);
  }
  console.log(`✔ lessons:check: ${lessons} lessons and ${exercises} exercises are sound (${seconds} s).`);
}

void main();
