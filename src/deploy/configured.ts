/** The deploy config this build was made with (vite.config.ts defines it; unit tests get the default). */
import { DEFAULT_DEPLOY_CONFIG, type DeployConfig } from './tile-source.ts';

declare const __ATLAS_DEPLOY__: DeployConfig | undefined;

export const DEPLOY_CONFIG: DeployConfig = typeof __ATLAS_DEPLOY__ === 'undefined' ? DEFAULT_DEPLOY_CONFIG : __ATLAS_DEPLOY__;
