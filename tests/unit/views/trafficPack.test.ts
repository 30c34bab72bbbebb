import { describe, expect, it } from 'vitest';
import { buildWorld } from '@/lib/sim';
import { buildTrafficModel } from '@/components/views/trafficModel';
import { packTrafficModel, unpackTrafficModel } from '@/components/views/trafficPack';
import { largeWorld, worldById } from '@/components/playground/worlds';

const modelOf = (text: string, combine: boolean) => buildTrafficModel(buildWorld([{ file: 'p.yaml', text }]).cluster, { combine });

describe('packTrafficModel / unpackTrafficModel', () => {
  it('round-trips through a structured clone (what postMessage does) to the same model', () => {
    for (const text of [worldById('shop')!.text(), largeWorld(2, 2)]) {
      const model = modelOf(text, false);
      expect(model.nodes.length).toBeGreaterThan(1);
      expect(unpackTrafficModel(structuredClone(packTrafficModel(model)))).toEqual(model);
    }
  });

  it('sends each distinct cell once: a large world has far fewer cell kinds than cells', () => {
    const model = modelOf(largeWorld(8, 5), true);
    const packed = packTrafficModel(model);
    const n = model.nodes.length;
    expect(packed.cellIndex).toHaveLength(n * n);
    expect(packed.cellKinds.length).toBeLessThan((n * n) / 4);
    expect(unpackTrafficModel(structuredClone(packed))).toEqual(model);
  });
});
