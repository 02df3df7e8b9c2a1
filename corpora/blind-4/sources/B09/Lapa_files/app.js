document.addEventListener('DOMContentLoaded',function(){console.log('lapa');});
