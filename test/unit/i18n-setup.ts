/**
 * Unit tests render panel views and translate claim, Learn and decoding messages as the panel
 * does: register the panel's messages the way the panel page does on load. The popup's own
 * coverage test (i18n-surfaces.test.tsx) reloads the modules to see the popup's smaller set.
 */
import '@/lib/engine/i18n/panel-messages';
