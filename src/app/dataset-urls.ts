/** Same-origin URLs of the shipped files the dataset worker uses (the OSM sample, the 74 街道). */
import outletsOsmUrl from '../../geodata/outlets-osm.geojson?url';
import jiedaoUrl from '../../geodata/jiedao.geojson?url';

export const DATASET_URLS = { builtinUrl: outletsOsmUrl, jiedaoUrl } as const;
