// Hands an export fetched with the manager's token to the browser as a download, under the file name the
// server gave (Content-Disposition); returns that name. Shared by the dashboard and the indicator page.
window.saveDownload = async function saveDownload(response, fallbackName) {
  'use strict';
  const blob = await response.blob();
  const m = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') || '');
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = m ? m[1] : fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  return a.download;
};
