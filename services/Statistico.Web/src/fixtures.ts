// Fixture names for the trades table, from Football Data through the gateway. Best effort: a trade is still shown
// (by fixture id) when the name cannot be had, and each fixture is asked for once per page load.
import { getJson, seg } from './api';
import type { Fixture } from './types';

const names = new Map<string, Promise<string | null>>();

export function fixtureName(fixtureId: string): Promise<string | null> {
  let name = names.get(fixtureId);
  if (!name) {
    name = getJson<Fixture>(`/api/football-data/fixtures/${seg(fixtureId)}`)
      .then((f) => `${f.homeTeam.name} v ${f.awayTeam.name}`)
      .catch(() => {
        names.delete(fixtureId); // try again on a later refresh
        return null;
      });
    names.set(fixtureId, name);
  }
  return name;
}
