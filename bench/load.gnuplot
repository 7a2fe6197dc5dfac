# Three panels over the load run's time: videos asked for and completed, RabbitMQ queue depths, CPU per process.
# gnuplot -e "folder='.kino/bench/load'" bench/load.gnuplot > load.svg
set terminal svg size 900,1000 dynamic font "DejaVu Sans,11"
set datafile separator ","
set key outside right top noenhanced
set grid
set multiplot layout 3,1
set title "Videos asked for and completed"
set ylabel "videos"
plot folder."/progress.csv" using 1:2 with lines lw 2 title "asked", "" using 1:3 with lines lw 2 title "completed"
set title "Queue depths (ready + unacknowledged)"
set ylabel "messages"
plot for [i=2:*] folder."/queues.csv" using 1:i with lines lw 1.5 title columnhead(i)
set title "CPU per process (100 % = one core)"
set ylabel "%"
set xlabel "seconds since the load started"
plot for [i=2:*] folder."/cpu.csv" using 1:i with lines lw 1.5 title columnhead(i)
unset multiplot
