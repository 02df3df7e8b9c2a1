// saglabātās lapas skripts – nav saistīts ar saturu
document.addEventListener('DOMContentLoaded',function(){console.log('Lapa ielādēta');});
