// saglabātās lapas skripts: izvērš garus ierakstus
document.addEventListener('DOMContentLoaded',function(){
  document.querySelectorAll('.vairak').forEach(function(a){
    a.addEventListener('click',function(e){e.preventDefault();a.previousElementSibling.style.maxHeight='none';a.remove();});
  });
});
