/**
 * Plan places that could not be positioned honestly. They are listed in the layer panel with the plan's
 * words and the reason, so a planner sees what the plan names even where the map cannot show it.
 */
import data from '../../geodata/places/unplaced.json';

export interface UnplacedPlace {
  name_zh: string;
  name_en: string;
  layer: string;
  plan_ref: string;
  plan_quote: string;
  district: string | null;
  reason_zh: string;
  reason_en: string;
}

export const UNPLACED: UnplacedPlace[] = data.places;
