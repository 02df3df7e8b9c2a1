// saved page helper
window.addEventListener('load',function(){var n=document.querySelectorAll('.post').length;console.log('posts:'+n);});
