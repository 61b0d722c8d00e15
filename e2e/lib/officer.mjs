// The officer console's sign-in, as every test that works at a counter does it: the page is already at
// /officer (some tests look at the login screen first); on return the desk is showing.

/** Signs demo officer `o` ({ username, password, counter }) in at their counter. */
export async function signInAtCounter(page, o) {
  await page.fill('#username', o.username);
  await page.fill('#password', o.password);
  await page.fill('#counter', String(o.counter));
  await page.click('#login-form button[type=submit]');
  await page.waitForSelector('#desk-view:not([hidden])');
}
