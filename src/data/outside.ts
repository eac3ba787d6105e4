/** Places the plan names outside Shenzhen: listed in the layer panel with the plan's words, not drawn. */
import data from '../../geodata/plan/outside.json';

export interface OutsidePlace {
  id: string;
  name_zh: string;
  name_en: string;
  where_zh: string;
  where_en: string;
  plan_ref: string;
  plan_quote: string;
  status: string;
}

export const OUTSIDE: OutsidePlace[] = data.places;
