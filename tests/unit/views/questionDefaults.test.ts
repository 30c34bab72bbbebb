// The playground's question forms start from the loaded world, not from Shop's names.
import { describe, expect, it } from 'vitest';
import { createCluster, parseManifests } from '@/lib/sim';
import { questionDefaults } from '@/components/playground/questionDefaults';
import { worldById } from '@/components/playground/worlds';

const defaultsOf = (id: string) => questionDefaults(createCluster(parseManifests(worldById(id)!.text()).objects));

describe('questionDefaults', () => {
  it('Shop: two shop pods and a declared port of the destination', () => {
    const d = defaultsOf('shop');
    expect(d.from).toMatch(/^shop\//);
    expect(d.to).toMatch(/^shop\//);
    expect(d.from).not.toBe(d.to);
    expect(['8080', '9090', '5432']).toContain(d.port);
  });
  it("Team: a user that a binding names, in that binding's namespace", () => {
    const team = worldById('team')!.text();
    const d = defaultsOf('team');
    expect(team).toContain(`name: ${d.user}`);
    expect(d.from.startsWith('shop/')).toBe(false);
  });
  it('an empty world gives harmless defaults', () => {
    expect(questionDefaults(createCluster([]))).toMatchObject({ user: 'alice', from: '', to: '' });
  });
});
