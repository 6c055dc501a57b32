import { registerBadge } from '@/lib/background/badge/badge-service';
import { registerCapture } from '@/lib/background/capture';
import { registerRegistrableDomains } from '@/lib/background/registrable-domain-service';
import { registerSelectionHandoff } from '@/lib/background/selection-handoff';
import { registerCookieCache } from '@/lib/background/site-cookies';
import { registerSnapshotService } from '@/lib/background/snapshot-service';

export default defineBackground(() => {
  // First, so the cookie answers it remembers never predate its change listener.
  registerCookieCache();
  const badge = registerBadge();
  const store = registerCapture(badge.schedule);
  badge.attach(store);
  registerSnapshotService(store);
  registerSelectionHandoff();
  registerRegistrableDomains();
});
