import { registerBackground } from '@/lib/background/routes';

/** Who answers which message, command and menu item: lib/background/routes.ts. */
export default defineBackground(registerBackground);
