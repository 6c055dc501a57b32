/**
 * The supabase stack's page script, bundled with the real supabase-js: signs in with e-mail and
 * password (GoTrue keeps the session JSON in localStorage `sb-<ref>-auth-token`), reads the user,
 * queries a table through PostgREST, refreshes the session and queries again.
 */
import { createClient } from '@supabase/supabase-js';

export async function login() {
  // A real app ships its project URL and anon key in its code; the stand-in makes both per start.
  const { url, anonKey } = await (await fetch('/config.json')).json();
  const supabase = createClient(url, anonKey);
  const signIn = await supabase.auth.signInWithPassword({
    email: 'demo@example.com',
    password: 'demo',
  });
  if (signIn.error) throw signIn.error;
  const { data, error } = await supabase.auth.getUser();
  if (error) throw error;
  const notes = await supabase.from('notes').select('*');
  if (notes.error) throw new Error(notes.error.message);
  const refreshed = await supabase.auth.refreshSession();
  if (refreshed.error) throw refreshed.error;
  const again = await supabase.from('notes').select('*');
  if (again.error) throw new Error(again.error.message);
  return `signed in as ${data.user.email}; ${notes.data.length} note(s), ${again.data.length} after the refresh`;
}
