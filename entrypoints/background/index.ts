import { registerBadge } from './badge';
import { registerCapture } from './capture';
import { registerHandlers } from './handlers';

export default defineBackground(() => {
  const badge = registerBadge();
  const store = registerCapture(badge.schedule);
  badge.attach(store);
  registerHandlers(store);
});
