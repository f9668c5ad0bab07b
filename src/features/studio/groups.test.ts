import { describe, expect, it } from 'vitest';
import { PROPERTIES } from '../../theme/properties';
import { GROUPS } from './groups';

describe("the studio's control groups", () => {
  it('hold every theme property exactly once', () => {
    const grouped = GROUPS.flatMap((group) => group.properties);
    expect([...grouped].sort()).toEqual(Object.keys(PROPERTIES).sort());
  });
});
