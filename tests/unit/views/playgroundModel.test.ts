import { describe, expect, it } from 'vitest';
import { buildPlaygroundModel, debounceDelay, nextModel } from '@/components/playground/usePlaygroundModel';
import { worldById } from '@/components/playground/worlds';

describe('playground model', () => {
  it('evaluates lesson-sized texts at once and waits longer for big ones', () => {
    expect(debounceDelay(5_000)).toBe(0);
    expect(debounceDelay(65_000)).toBeGreaterThan(80);
    expect(debounceDelay(5_000_000)).toBe(600);
  });

  it('keeps the last objects that parsed while the YAML is broken', () => {
    const good = buildPlaygroundModel(worldById('shop')!.text());
    const broken = buildPlaygroundModel(`${worldById('shop')!.text()}\nkind: [\n`);
    const kept = nextModel(good, broken);
    expect(kept.stale).toBe(true);
    expect(kept.objects).toBe(good.objects);
    expect(kept.diagnostics.some((d) => d.code.startsWith('yaml-') && d.severity === 'error')).toBe(true);
    expect(nextModel(good, buildPlaygroundModel('')).objects).toEqual([]);
  });

  it('refuses texts over the simulator limit without parsing', () => {
    const model = buildPlaygroundModel('a'.repeat(2 * 1024 * 1024 + 1));
    expect(model.tooLarge).toBe(true);
    expect(model.objects).toEqual([]);
  });
});
