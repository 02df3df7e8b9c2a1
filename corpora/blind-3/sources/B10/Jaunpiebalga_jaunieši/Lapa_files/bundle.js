window.__saved=true;
