/*FB_PKG_DELIM*/
window.requireLazy=window.requireLazy||function(d,f){try{f()}catch(e){}};
__d("TimeSlice",[],function(a,b,c,d,e,f){e.exports={guard:function(x){return x}}},null);
