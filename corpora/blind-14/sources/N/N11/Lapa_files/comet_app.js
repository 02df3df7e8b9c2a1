// Facebook comet app (saved copy, minified fragment)
var __saved=1;(function(w){w.requireLazy=function(a,b){try{b&&b()}catch(e){}};})(window);
