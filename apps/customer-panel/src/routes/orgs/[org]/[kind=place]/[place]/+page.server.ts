import { findPlace } from '$lib/server/place';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, parent }) => {
  const { projects, servers } = await parent();
  return { place: findPlace(params.kind, params.place, { projects, servers }) };
};
