// `npm run playground:worlds`: writes components/playground/worldTexts.ts from lessons/playground/*.yaml.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LESSONS_DIR } from '../lib/content/course';
import { loadPlaygroundWorlds, PLAYGROUND_MODULE, playgroundModule } from '../lib/content/playground';

const worlds = loadPlaygroundWorlds(DEFAULT_LESSONS_DIR);
writeFileSync(join(process.cwd(), PLAYGROUND_MODULE), playgroundModule(worlds));
console.log(`✔ ${PLAYGROUND_MODULE}: ${Object.keys(worlds).join(', ')}`);
