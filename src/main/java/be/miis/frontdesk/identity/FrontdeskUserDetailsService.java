package be.miis.frontdesk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class FrontdeskUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    FrontdeskUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(FrontdeskUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
