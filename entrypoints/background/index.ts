import { registerCookieCache } from '@/lib/platform/cookies';
import { registerBadge } from './badge';
import { registerCapture } from './capture';
import { registerHandlers } from './handlers';

export default defineBackground(() => {
  // First, so the cookie answers it remembers never predate its change listener.
  registerCookieCache();
  const badge = registerBadge();
  const store = registerCapture(badge.schedule);
  badge.attach(store);
  registerHandlers(store);
});
