import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '@/lib/sim/support/didYouMean';

describe('didYouMean', () => {
  it.each([
    ['imagePulicy', ['image', 'imagePullPolicy', 'imagePullSecrets'], 'imagePullPolicy'],
    ['comand', ['command', 'args'], 'command'],
    ['verb', ['verbs', 'resources'], 'verbs'],
    ['Serviceaccount', ['User', 'Group', 'ServiceAccount'], 'ServiceAccount'],
    ['nmae', ['name', 'namespace'], 'name'],
    ['foo', ['env', 'ports'], undefined],
    ['xyzzy', ['name'], undefined],
  ])('%s -> %s', (word, candidates, expected) => {
    expect(didYouMean(word, candidates)).toBe(expected);
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('lsit', 'list')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

// kubectl's "Did you mean this?" uses cobra's Levenshtein distance (spf13/cobra command.go, ld):
// a swap of two letters is two edits there, one in the optimal string alignment distance.
describe('editDistance without transpositions', () => {
  it('counts a swap of adjacent letters as two edits', () => {
    expect(editDistance('gte', 'get')).toBe(1);
    expect(editDistance('gte', 'get', Infinity, false)).toBe(2);
    expect(editDistance('kitten', 'sitting', Infinity, false)).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2, false)).toBe(3);
    expect(editDistance('a'.repeat(5000), 'b', 2)).toBe(3);
  });
});
