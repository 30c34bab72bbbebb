// Playground worlds are data (lessons/playground/*.yaml) checked by lessons:check.
import { cpSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaygroundWorlds, loadPlaygroundWorlds, PLAYGROUND_MODULE, playgroundModule } from '@/lib/content/playground';
import { WORLDS } from '@/components/playground/worlds';

const ROOT = join(__dirname, '../../..');

describe('playground worlds as data', () => {
  it("every data world is offered by the playground with the file's text", () => {
    const worlds = loadPlaygroundWorlds(join(ROOT, 'lessons'));
    expect(Object.keys(worlds).sort()).toEqual(['admission', 'attack', 'shop', 'team']);
    for (const [id, text] of Object.entries(worlds)) expect(WORLDS.find((w) => w.id === id)?.text()).toBe(text);
  });

  it('the repository passes: no error diagnostic and the generated module is current', () => {
    expect(checkPlaygroundWorlds(join(ROOT, 'lessons'), ROOT)).toEqual([]);
  });

  it('reports a broken world at its line and a stale module', () => {
    const repo = mkdtempSync(join(tmpdir(), 'playground-'));
    mkdirSync(join(repo, 'lessons/playground'), { recursive: true });
    mkdirSync(join(repo, 'components/playground'), { recursive: true });
    cpSync(join(ROOT, 'lessons/playground/team.yaml'), join(repo, 'lessons/playground/team.yaml'));
    writeFileSync(join(repo, PLAYGROUND_MODULE), playgroundModule(loadPlaygroundWorlds(join(repo, 'lessons'))));
    expect(checkPlaygroundWorlds(join(repo, 'lessons'), repo)).toEqual([]);
    writeFileSync(join(repo, 'lessons/playground/bad.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: Bad_Name\n');
    const problems = checkPlaygroundWorlds(join(repo, 'lessons'), repo);
    expect(problems[0]).toMatchObject({ file: 'lessons/playground/bad.yaml', line: 4 });
    expect(problems.at(-1)).toMatchObject({ file: PLAYGROUND_MODULE, message: expect.stringContaining('npm run playground:worlds') });
  });
});
