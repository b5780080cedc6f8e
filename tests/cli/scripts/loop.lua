-- Runs for ever, and tries to swallow the time limit with pcall.
while true do pcall(function() while true do end end) end
