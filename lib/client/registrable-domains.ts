/** Asks the background for registrable domains by the Public Suffix List (it alone holds it). */
import { sendMessage } from '@/lib/platform/messaging';

/**
 * Each host's registrable domain, or undefined when the background cannot be reached (the caller
 * then falls back to the engine's guess). Never throws.
 *
 * @example await lookUpRegistrableDomains(['kim.github.io']) // { 'kim.github.io': 'kim.github.io' }
 */
export async function lookUpRegistrableDomains(
  hosts: string[],
): Promise<Record<string, string> | undefined> {
  try {
    return await sendMessage('registrableDomains', { hosts });
  } catch {
    return undefined;
  }
}
