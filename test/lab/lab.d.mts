/** Types for lab.mjs (the lab is plain Node ESM; TypeScript tests import it). */
import type { LabStack, RunningLab } from './types';

export type { CredentialRequest, LabExpect, LabStack, RunningLab, RunningStack } from './types';

export function stackIds(): string[];
export function loadStacks(only?: string[]): Promise<LabStack[]>;
export function onlyFromEnv(): string[] | undefined;
export function startLab(options?: { only?: string[] }): Promise<RunningLab>;
